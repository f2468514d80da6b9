/**
 * Scenario tests in YAML ({@code antq-scenario/1}): cases that rule authors write without Java, each a small
 * dataset (the units, teams, leaders and budget lines that matter; every other indicator defaulted from the pack's
 * scenario defaults) and the outcomes the law expects. {@link vn.antq.scenario.ScenarioRunner} loads the files,
 * evaluates each case and compares, and tells which rules the cases covered.
 */
package vn.antq.scenario;
