/** Dated events (incidents, crimes, accidents) that the standard's criteria look for. */
package vn.antq.event;
