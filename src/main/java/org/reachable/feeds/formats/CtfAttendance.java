package org.reachable.feeds.formats;

/**
 * One school year of attendance from a CTF YearData element. Sessions attended are given directly
 * (SessionsAttended) or worked out as sessions possible less authorised and unauthorised absences, as the school
 * census does.
 */
final class CtfAttendance {

    record Year(Integer startYear, int possible, int attended) {
        double percentage() {
            return 100.0 * attended / possible;
        }
    }

    private CtfAttendance() {
    }

    /** The year's figures, or null when there is nothing to compute (no sessions possible) or a figure is wrong. */
    static Year read(XmlElement year, RecordProblems problems) {
        int before = problems.size();
        Integer startYear = number(year, "Year", problems);
        Integer possible = number(year, "SessionsPossible", problems);
        Integer attended = number(year, "SessionsAttended", problems);
        if (attended == null && problems.size() == before && possible != null) {
            Integer authorised = number(year, "SessionsAuthorised", problems);
            Integer unauthorised = number(year, "SessionsUnauthorised", problems);
            attended = possible - (authorised == null ? 0 : authorised) - (unauthorised == null ? 0 : unauthorised);
        }
        if (problems.size() > before || possible == null || possible == 0 || attended == null) {
            return null;
        }
        if (attended < 0 || attended > possible) {
            problems.add("Attendance/YearData", attended + " of " + possible,
                    "Sessions attended must be between 0 and sessions possible");
            return null;
        }
        if (startYear != null && (startYear < PlausibleDates.EARLIEST_YEAR || startYear > 2100)) {
            problems.add("Attendance/YearData/Year", startYear.toString(), "Implausible school year");
            return null;
        }
        return new Year(startYear, possible, attended);
    }

    private static Integer number(XmlElement year, String name, RecordProblems problems) {
        String text = year.text(name);
        if (text == null) {
            return null;
        }
        if (!text.matches("\\d{1,6}")) {
            problems.add("Attendance/YearData/" + name, text, "Must be a whole number of 0 or more");
            return null;
        }
        return Integer.parseInt(text);
    }
}
