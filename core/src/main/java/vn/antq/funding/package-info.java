/** Budget lines of the movement and their check against the spending norms of TT 40/2023/TT-BTC. */
package vn.antq.funding;
