/** Results against the standard "An toàn về an ninh, trật tự" (TT 124/2021/TT-BCA): statuses and criteria. */
package vn.antq.standard;
