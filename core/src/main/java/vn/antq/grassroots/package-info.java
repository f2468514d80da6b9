/** Grassroots security forces: Tổ bảo vệ an ninh, trật tự and their members (Luật 30/2023/QH15). */
package vn.antq.grassroots;
