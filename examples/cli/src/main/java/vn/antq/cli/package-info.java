/** The {@code antq} command line: parses arguments, calls the antq library and prints its reports. */
package vn.antq.cli;
