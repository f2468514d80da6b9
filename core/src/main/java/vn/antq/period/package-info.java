/** Assessment years and the per-kind assessment windows of TT 124/2021/TT-BCA Điều 8. */
package vn.antq.period;
