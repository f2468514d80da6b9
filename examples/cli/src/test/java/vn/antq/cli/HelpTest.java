package vn.antq.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class HelpTest {

    @Test
    void everyCommandHasHelp() {
        CommandResult top = CommandResult.run("--help");
        CommandResult evaluate = CommandResult.run("evaluate", "--help");
        CommandResult validate = CommandResult.run("validate", "--help");

        assertEquals(0, top.exitCode(), top::toString);
        assertTrue(top.out().contains("evaluate") && top.out().contains("validate"), top::toString);
        assertEquals(0, evaluate.exitCode(), evaluate::toString);
        assertTrue(evaluate.out().contains("--format") && evaluate.out().contains("--plan"), evaluate::toString);
        assertEquals(0, validate.exitCode(), validate::toString);
        assertTrue(validate.out().contains("DIR"), validate::toString);
    }

    @Test
    void versionNamesAntq() {
        CommandResult result = CommandResult.run("--version");

        assertEquals(0, result.exitCode(), result::toString);
        assertTrue(result.out().startsWith("antq "), result::toString);
    }

    @Test
    void noCommandIsABadArgument() {
        CommandResult result = CommandResult.run();

        assertEquals(2, result.exitCode(), result::toString);
        assertTrue(result.err().contains("evaluate"), result::toString);
    }
}
