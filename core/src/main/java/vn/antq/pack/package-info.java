/** Rule packs: where they are, what they contain (rules and their metadata), and why one fails to load. */
package vn.antq.pack;
