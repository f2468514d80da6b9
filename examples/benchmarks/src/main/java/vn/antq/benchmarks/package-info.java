/** JMH benchmarks of the evaluator and of the plain-Java reference, and a probe of the time to first result. */
package vn.antq.benchmarks;
