/** The three-valued verdict (MET, NOT_MET, UNKNOWN, plus NOT_APPLICABLE) and its conjunction. */
package vn.antq.verdict;
