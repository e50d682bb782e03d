package org.reachable.panels.web;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.reachable.panels.PanelFigures;

/** The panel analytics tables as CSV (RFC 4180, header row). */
final class AnalyticsCsv {

    enum Table {
        ATTENDANCE("attendance"), ACTIONS("actions"), ESCALATIONS("escalations");

        private final String code;

        Table(String code) {
            this.code = code;
        }

        String code() {
            return code;
        }

        static Optional<Table> fromCode(String code) {
            return Arrays.stream(values()).filter(t -> t.code.equalsIgnoreCase(code == null ? "" : code.strip()))
                    .findFirst();
        }
    }

    private AnalyticsCsv() {
    }

    static String write(Table table, PanelFigures figures) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(header(table)).get())) {
            switch (table) {
                case ATTENDANCE -> {
                    for (PanelFigures.AgencyAttendance a : figures.attendance()) {
                        csv.printRecord(a.agency(), a.present(), a.apologies(), a.absent(),
                                a.presentPercent() == null ? "" : a.presentPercent());
                    }
                }
                case ACTIONS -> {
                    for (PanelFigures.AgencyActions a : figures.actions()) {
                        csv.printRecord(a.agency(), a.open(), a.overdue(), a.done(), a.doneLate());
                    }
                }
                case ESCALATIONS -> {
                    for (PanelFigures.EscalationTime e : figures.escalations()) {
                        csv.printRecord(e.fromPanel(), e.toPanel(), e.escalatedOn(),
                                e.discussedOn() == null ? "" : e.discussedOn(), e.days() == null ? "" : e.days());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static String[] header(Table table) {
        return switch (table) {
            case ATTENDANCE -> new String[] {"agency", "meetings_present", "meetings_apologies", "meetings_absent",
                    "present_percent"};
            case ACTIONS -> new String[] {"agency", "open", "overdue", "done", "done_late"};
            case ESCALATIONS -> new String[] {"from_panel", "to_panel", "escalated_on", "discussed_on", "days"};
        };
    }
}
