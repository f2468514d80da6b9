package vn.antq.commendation;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A post of department level or above held by a leader.
 *
 * @param title the post, in Vietnamese
 * @param from  the first day in post
 * @param to    the last day in post (included), or null while still in post
 * @since 0.1
 */
public record Post(String title, LocalDate from, LocalDate to) {

    /** Checks the required fields. */
    public Post {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(from, "from");
    }
}
