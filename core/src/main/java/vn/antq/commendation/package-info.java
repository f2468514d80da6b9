/** Commendation: units' earlier results, collective awards, and the proposals antq makes for people to decide. */
package vn.antq.commendation;
