package org.reachable.feeds.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.reachable.feeds.FeedFormat;
import org.reachable.feeds.IncomingRecord;
import org.reachable.feeds.ParseProblem;

/**
 * Large files are generated on the fly, never held whole: each parser must hand over records while most of the file
 * is still unread (so memory does not grow with the file) and still count every one of them at the end.
 */
class LargeFilesTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-01T12:00:00Z"), ZoneId.of("Europe/London"));

    @Test
    void aCommonTransferFileOfFortyThousandPupilsStreams() throws IOException {
        String pupil = """
                <Pupil><UPN>J201361424001</UPN><Surname>Okafor</Surname><Forename>Amara</Forename>
                <DOB>2011-03-14</DOB><Gender>F</Gender></Pupil>
                """;
        Generated file = new Generated("""
                <CTfile><Header><DateTime>2025-02-10T09:30:00</DateTime><SourceSchool><LEA>201</LEA><Estab>3614</Estab>
                </SourceSchool></Header><CTFpupilData>
                """, i -> pupil, 40_000, "</CTFpupilData></CTfile>");
        assertStreams(new CommonTransferFile(CLOCK), file, 40_000);
    }

    @Test
    void aCensusOfFortyThousandChildrenStreams() throws IOException {
        Generated file = new Generated("<Message><Header><Source><LEA>320</LEA></Source></Header><Children>",
                i -> "<Child><ChildIdentifiers><LAchildID>CSC-" + i + "</LAchildID></ChildIdentifiers>"
                        + "<CINdetails><CINreferralDate>2024-05-02</CINreferralDate></CINdetails></Child>\n",
                40_000, "</Children></Message>");
        assertStreams(new ChildrenInNeedCensus(CLOCK), file, 40_000);
    }

    @Test
    void ndjsonOfAThousandBundlesStreams() throws IOException {
        String bundle;
        try (InputStream in = getClass().getResourceAsStream("/feeds/fhir/bundles.ndjson")) {
            bundle = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().findFirst().orElseThrow();
        }
        Generated file = new Generated("", i -> bundle.replace("ED-2025-118822", "ED-" + i) + "\n", 1_000, "");
        assertStreams(new FhirBundles(CLOCK), file, 2_000);
    }

    private static void assertStreams(FeedFormat format, Generated file, int expectedRecords) throws IOException {
        long[] readAtFirstRecord = {-1};
        int[] records = {0};
        format.parse(file, "generated", new FeedFormat.Sink() {
            @Override
            public void record(IncomingRecord record) {
                if (records[0]++ == 0) {
                    readAtFirstRecord[0] = file.bytesRead;
                }
            }

            @Override
            public void problem(ParseProblem problem) {
                throw new AssertionError("Unexpected problem: " + problem);
            }
        });
        assertThat(records[0]).isEqualTo(expectedRecords);
        assertThat(file.bytesRead).isGreaterThan(2_000_000);
        assertThat(readAtFirstRecord[0]).as("bytes read before the first record").isLessThan(1_000_000);
    }

    /** A file made as it is read: a head, {@code count} generated items, a tail. */
    private static final class Generated extends InputStream {
        private final IntFunction<String> item;
        private final int count;
        private final String tail;
        private byte[] chunk;
        private int at;
        private int next;
        long bytesRead;

        Generated(String head, IntFunction<String> item, int count, String tail) {
            this.item = item;
            this.count = count;
            this.tail = tail;
            this.chunk = head.getBytes(StandardCharsets.UTF_8);
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            while (at == chunk.length) {
                if (next > count) {
                    return -1;
                }
                chunk = (next < count ? item.apply(next) : tail).getBytes(StandardCharsets.UTF_8);
                next++;
                at = 0;
            }
            int n = Math.min(length, chunk.length - at);
            System.arraycopy(chunk, at, buffer, offset, n);
            at += n;
            bytesRead += n;
            return n;
        }
    }
}
