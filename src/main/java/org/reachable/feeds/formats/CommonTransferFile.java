package org.reachable.feeds.formats;

import java.io.InputStream;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.reachable.feeds.FeedFormat;
import org.reachable.feeds.IncomingPerson;
import org.reachable.feeds.IncomingRecord;
import org.reachable.feeds.Provenance;
import org.springframework.stereotype.Component;

/**
 * The DfE school Common Transfer File (CTfile: Header, then CTFpupilData/Pupil), sent when a pupil moves school. Each
 * pupil gives a school-move event and, from the same file, SEN support or EHC plan periods and school years of low
 * attendance. See docs/data-formats/feeds-ctf.md.
 */
@Component
class CommonTransferFile implements FeedFormat {

    private static final XmlRecordStream STREAM = new XmlRecordStream("CTfile", Set.of("Header"), "Pupil");

    private final PlausibleDates dates;
    private final CtfPupilEvents events;

    CommonTransferFile(Clock clock) {
        this.dates = new PlausibleDates(clock);
        this.events = new CtfPupilEvents(dates);
    }

    @Override
    public String name() {
        return "ctf";
    }

    @Override
    public String description() {
        return "School Common Transfer File (CTF XML): a pupil moving school, with SEN history, attendance and "
                + "looked-after status";
    }

    @Override
    public void parse(InputStream in, String fileName, Sink sink) {
        CtfHeader[] header = {CtfHeader.MISSING};
        STREAM.stream(in, fileName, sink, new XmlRecordStream.Handler() {
            @Override
            public void header(XmlElement element) {
                header[0] = CtfHeader.from(element);
            }

            @Override
            public void record(XmlElement pupil, int ordinal) {
                pupil(pupil, ordinal, header[0], fileName, sink);
            }
        });
    }

    private void pupil(XmlElement pupil, int ordinal, CtfHeader header, String file, Sink sink) {
        RecordProblems problems = new RecordProblems();
        header.check(problems);
        IncomingPerson person = CtfPerson.from(pupil, problems);
        dates.read("DOB", person.dateOfBirth(), problems);
        String name = person.givenNames() != null ? person.givenNames() : "The pupil";
        List<CtfPupilEvents.KeyedEvent> found = events.read(pupil, header, name, problems);
        String upn = person.identifiers().get("UPN");
        String pupilKey = upn != null ? upn : "pupil-" + ordinal;
        if (!problems.isEmpty()) {
            problems.reportTo(sink, file, pupil.line(), upn != null ? "UPN " + upn : "Pupil " + ordinal,
                    pupil.toXml());
            return;
        }
        String transfer = header.transferFingerprint();
        String recordedBy = header.sourceName() != null ? header.sourceName() : header.sourceSystem();
        for (CtfPupilEvents.KeyedEvent keyed : found) {
            Provenance provenance = new Provenance(header.sourceSystem(),
                    transfer + "/" + pupilKey + "/" + keyed.kind(), file, pupil.line());
            sink.record(new IncomingRecord(provenance, person, keyed.event(), recordedBy,
                    header.dateTime().toString()));
        }
    }
}
