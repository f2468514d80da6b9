/**
 * Commendation: units' earlier results, collective awards and the proposals antq makes for people to decide,
 * and the Kỷ niệm chương "Bảo vệ an ninh Tổ quốc" review of leaders and team members.
 */
package vn.antq.commendation;
