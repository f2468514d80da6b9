/**
 * Grassroots security forces: Tổ bảo vệ an ninh, trật tự and their members (Luật 30/2023/QH15), their duty in
 * the rating window and their yearly rating (Hướng dẫn 01/HD-BCA-V05), and members' earlier service.
 */
package vn.antq.grassroots;
