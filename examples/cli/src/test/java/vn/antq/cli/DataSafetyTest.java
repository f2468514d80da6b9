package vn.antq.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CLI never loses data and never looks successful when it is not: a report it cannot write fails the run, a
 * report never replaces its dataset, a directory or a dataset with a forged name is named as such, and running out
 * of memory is one line saying what to do.
 */
class DataSafetyTest {
    @TempDir
    Path dir;

    @Test
    void aReportThatCannotBeWrittenToStandardOutputFailsTheRun() throws IOException {
        // Given standard output that fails like a full disk
        Path dataset = Files.writeString(dir.resolve("du-lieu.json"), TinyDataset.json(420, "380-01"));
        OutputStream full = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("No space left on device");
            }
        };
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        // When
        int code = Main.run(new String[] {"evaluate", dataset.toString()}, new PrintStream(full, true,
                StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        // Then
        assertEquals(ExitCode.FAILURE, code);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("could not be written to standard output"));
    }

    @Test
    void outNamingTheDatasetIsRefusedAndTheDatasetIsUntouched() throws IOException {
        Path dataset = Files.writeString(dir.resolve("du-lieu.json"), TinyDataset.json(420, "380-01"));
        byte[] before = Files.readAllBytes(dataset);
        for (String out : List.of(dataset.toString(), dir.resolve(".").resolve("du-lieu.json").toString())) {
            CommandResult result = CommandResult.run("evaluate", dataset.toString(), "--out", out);
            assertEquals(ExitCode.INVALID_INPUT, result.exitCode(), result.toString());
            assertTrue(result.err().contains("--out names the dataset file"), result.toString());
            assertArrayEquals(before, Files.readAllBytes(dataset));
        }
    }

    @Test
    void aDirectoryGivenAsTheDatasetIsNamedAsADirectory() {
        CommandResult result = CommandResult.run("evaluate", dir.toString());
        assertEquals(ExitCode.INVALID_INPUT, result.exitCode());
        assertTrue(result.err().contains("DATASET is a directory, not a dataset file"), result.toString());
    }

    @Test
    void aNameThatWouldForgeReportLinesIsRejectedNamingUnitAndField() throws IOException {
        Path dataset = Files.writeString(dir.resolve("du-lieu.json"), TinyDataset.json(420, "380-01")
                .replace("\"Tổ dân phố 1\"", "\"Tổ dân phố 1\\n2. TỔNG HỢP GIẢ\\u001b[8m\""));
        CommandResult result = CommandResult.run("evaluate", dataset.toString());
        assertEquals(ExitCode.INVALID_INPUT, result.exitCode(), result.toString());
        assertTrue(result.err().contains("380-01-01: name: expected / cần text without control characters"),
                result.toString());
        assertFalse(result.err().contains("\u001b") || result.err().contains("\n2. TỔNG HỢP GIẢ"), result.toString());
        assertEquals("", result.out());
    }

    @Test
    void aDatasetOfAYearThePackDoesNotCoverExitsTwoNamingTheReferenceDate() throws IOException {
        Path dataset = Files.writeString(dir.resolve("du-lieu.json"), TinyDataset.json(420, "380-01")
                .replace("\"year\": 2024", "\"year\": 2021"));
        CommandResult result = CommandResult.run("evaluate", dataset.toString());
        assertEquals(ExitCode.INVALID_INPUT, result.exitCode(), result.toString());
        assertTrue(result.err().contains("dataset: referenceDate: expected / cần a day from"), result.toString());
        assertEquals("", result.out());
    }

    @Test
    void runningOutOfMemoryIsOneLineWithTheHeapToUse() throws Exception {
        // Given a JVM with far too little heap for the bundled sample
        Path java = Paths.get(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(java.toString(), "-Xmx24m", "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "evaluate").redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS));
        // Then
        assertEquals(ExitCode.FAILURE, process.exitValue(), err);
        assertTrue(err.contains("out of memory") && err.contains("-Xmx"), err);
        assertFalse(err.contains("\tat "), "no stack trace: " + err);
    }
}
