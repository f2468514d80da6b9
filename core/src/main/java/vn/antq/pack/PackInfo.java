package vn.antq.pack;

/**
 * The identity of a loaded rule pack, as reports name it.
 *
 * @param id      stable pack id, e.g. {@code antq-national}
 * @param name    its human name
 * @param version its version
 * @since 0.1
 */
public record PackInfo(String id, String name, String version) {
}
