package org.reachable.feeds.formats;

import java.io.InputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.reachable.feeds.FeedFormat;
import org.reachable.feeds.IncomingPerson;
import org.reachable.feeds.IncomingRecord;
import org.reachable.feeds.Provenance;
import org.springframework.stereotype.Component;

/**
 * Social care episodes in the shape of the DfE children in need census (Message: Header, then Children/Child with
 * ChildIdentifiers, ChildCharacteristics and one CINdetails per episode). See docs/data-formats/feeds-cin.md.
 */
@Component
class ChildrenInNeedCensus implements FeedFormat {

    private static final XmlRecordStream STREAM = new XmlRecordStream("Message", Set.of("Header"), "Child");

    private final PlausibleDates dates;
    private final CinEpisodeEvents episodes;

    ChildrenInNeedCensus(Clock clock) {
        this.dates = new PlausibleDates(clock);
        this.episodes = new CinEpisodeEvents(dates);
    }

    @Override
    public String name() {
        return "cin";
    }

    @Override
    public String description() {
        return "Children in need census XML: referrals, assessments, child in need and child protection plans";
    }

    @Override
    public void parse(InputStream in, String fileName, Sink sink) {
        XmlElement[] header = {new XmlElement("Header", 0, "", List.of())};
        STREAM.stream(in, fileName, sink, new XmlRecordStream.Handler() {
            @Override
            public void header(XmlElement element) {
                header[0] = element;
            }

            @Override
            public void record(XmlElement child, int ordinal) {
                child(child, ordinal, header[0], fileName, sink);
            }
        });
    }

    private void child(XmlElement child, int ordinal, XmlElement header, String file, Sink sink) {
        RecordProblems problems = new RecordProblems();
        String lea = header.text("Source", "LEA");
        if (lea == null || !lea.matches("\\d{3}")) {
            problems.add("Header/Source/LEA", lea, "The file header must give the local authority's 3-digit LA code");
        }
        IncomingPerson person = CinChild.from(child, problems);
        dates.read("ChildIdentifiers/PersonBirthDate", person.dateOfBirth(), problems);
        String childId = person.identifiers().get("CSC");
        if (childId == null) {
            problems.add("ChildIdentifiers/LAchildID", null, "Every child must have the council's LAchildID");
        }
        List<CinEpisodeEvents.KeyedEvent> events = new ArrayList<>();
        for (XmlElement episode : child.children("CINdetails")) {
            events.addAll(episodes.read(episode, problems));
        }
        if (!problems.isEmpty()) {
            problems.reportTo(sink, file, child.line(), childId != null ? "LAchildID " + childId : "Child " + ordinal,
                    child.toXml());
            return;
        }
        for (CinEpisodeEvents.KeyedEvent keyed : events) {
            Provenance provenance = new Provenance("cin:" + lea, childId + "/" + keyed.kind(), file, child.line());
            sink.record(new IncomingRecord(provenance, person, keyed.event(), "Children's social care, LA " + lea,
                    header.text("Source", "DateTime")));
        }
    }
}
