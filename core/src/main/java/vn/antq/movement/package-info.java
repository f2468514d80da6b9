/** Movement classification (Xuất sắc, Khá, Trung bình, Yếu) of QĐ 510/QĐ-BCA-V05. */
package vn.antq.movement;
