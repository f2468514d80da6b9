/** Campaigns of the movement (đợt cao điểm): their windows, expected units and each unit's participation. */
package vn.antq.campaign;
