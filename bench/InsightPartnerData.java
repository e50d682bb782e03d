import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Random;

/**
 * Writes synthetic partner files in the formats of docs/data-formats/insight-partner-sources.md, one file per source
 * and month, for Waltham Forest and Islington: ED assault attendances (ISTV), ambulance call-outs, school exclusions
 * and fire incidents. There is no public record-level data for these sources, so this generator stands in for them.
 * Shapes follow the seed documents: violence peaks May-July, more on weekday afternoons after school (15:00-19:00)
 * and on weekend nights, about one in five ED assaults with a knife, most victims under 25. Entirely invented.
 *
 * java bench/InsightPartnerData.java OUT_DIR [FIRST_MONTH=2016-01] [MONTHS=30] [SCALE=1.0]
 */
public class InsightPartnerData {

    private static final String[][] BOROUGHS = {{"Waltham Forest", "51.59", "-0.01"}, {"Islington", "51.545", "-0.105"}};
    private static final String[] METHODS = {"Knife or sharp object", "Firearm", "Blunt object", "Bottle or glass",
            "Body (hitting or kicking)", "Other", "Not known"};
    private static final double[] METHOD_WEIGHTS = {0.2, 0.01, 0.1, 0.06, 0.55, 0.04, 0.04};
    private static final String[] LOCATIONS = {"Street or public place", "Home", "Licensed premises",
            "School or college", "Public transport", "Park or open space", "Shop", "Other", "Not known"};
    private static final String[] REASONS = {"PP", "PA", "VP", "VA", "OW", "BU", "RA", "SM", "DA", "DM", "TH", "MT",
            "DB", "OT"};
    private static final double[] REASON_WEIGHTS = {0.14, 0.05, 0.1, 0.12, 0.03, 0.02, 0.02, 0.01, 0.05, 0.02, 0.01,
            0.02, 0.35, 0.06};
    private static final String[] FIRE_TYPES = {"Primary fire - deliberate", "Primary fire - accidental",
            "Secondary fire - deliberate", "Secondary fire - accidental", "False alarm", "Special service"};
    private static final String[] PROPERTY = {"Dwelling", "Other building", "Vehicle", "Outdoor", "Refuse", "Other"};
    /** Relative volume by month of the year: the May-July peak. */
    private static final double[] SEASON = {0.85, 0.85, 0.95, 1.0, 1.15, 1.2, 1.2, 1.05, 1.0, 1.0, 0.9, 0.95};

    public static void main(String[] args) throws Exception {
        Path out = Files.createDirectories(Path.of(args[0]));
        YearMonth first = args.length > 1 ? YearMonth.parse(args[1]) : YearMonth.of(2016, 1);
        int months = args.length > 2 ? Integer.parseInt(args[2]) : 30;
        double scale = args.length > 3 ? Double.parseDouble(args[3]) : 1.0;
        Random random = new Random(20261122);
        for (int m = 0; m < months; m++) {
            YearMonth month = first.plusMonths(m);
            double season = SEASON[month.getMonthValue() - 1] * scale;
            edAssaults(out.resolve("ed-assault-" + month + ".csv"), month, (int) (260 * season), random);
            ambulance(out.resolve("ambulance-" + month + ".csv"), month, (int) (180 * season), random);
            exclusions(out.resolve("school-exclusion-" + month + ".csv"), month, (int) (400 * scale), random);
            fire(out.resolve("fire-" + month + ".csv"), month, (int) (300 * scale), random);
        }
    }

    private static void edAssaults(Path file, YearMonth month, int rows, Random random) throws Exception {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("Attendance date,Assault date,Assault time,Age,Method,Location type,Latitude,Longitude,Borough\n");
            for (int i = 0; i < rows; i++) {
                LocalDate day = day(month, random);
                LocalDate assault = random.nextDouble() < 0.1 && day.getDayOfMonth() > 1 ? day.minusDays(1) : day;
                String[] borough = BOROUGHS[random.nextInt(BOROUGHS.length)];
                double[] point = point(borough, random);
                w.write(day + "," + assault + "," + time(assault, random) + "," + age(random) + ","
                        + pick(METHODS, METHOD_WEIGHTS, random) + "," + LOCATIONS[random.nextInt(LOCATIONS.length)]
                        + "," + point[0] + "," + point[1] + "," + borough[0] + "\n");
            }
        }
    }

    private static void ambulance(Path file, YearMonth month, int rows, Random random) throws Exception {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("Incident date,Incident time,Age,Injury type,Location type,Latitude,Longitude,Borough\n");
            for (int i = 0; i < rows; i++) {
                LocalDate day = day(month, random);
                String[] borough = BOROUGHS[random.nextInt(BOROUGHS.length)];
                double[] point = point(borough, random);
                double r = random.nextDouble();
                String injury = r < 0.22 ? "Knife or sharp object" : r < 0.23 ? "Firearm" : "Other assault";
                w.write(day + "," + time(day, random) + "," + (random.nextDouble() < 0.1 ? "" : age(random)) + ","
                        + injury + "," + LOCATIONS[random.nextInt(LOCATIONS.length)] + "," + point[0] + ","
                        + point[1] + "," + borough[0] + "\n");
            }
        }
    }

    private static void exclusions(Path file, YearMonth month, int rows, Random random) throws Exception {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("Start date,Category,Reason,Age,Borough\n");
            for (int i = 0; i < rows; i++) {
                LocalDate day = weekday(month, random);
                String category = random.nextDouble() < 0.02 ? "PERM" : "FIXD";
                w.write(day + "," + category + "," + pick(REASONS, REASON_WEIGHTS, random) + "," + (11 + random.nextInt(6))
                        + "," + BOROUGHS[random.nextInt(BOROUGHS.length)][0] + "\n");
            }
        }
    }

    private static void fire(Path file, YearMonth month, int rows, Random random) throws Exception {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("Incident date,Incident time,Incident type,Property type,Latitude,Longitude,Borough\n");
            for (int i = 0; i < rows; i++) {
                LocalDate day = day(month, random);
                String[] borough = BOROUGHS[random.nextInt(BOROUGHS.length)];
                double[] point = point(borough, random);
                w.write(day + "," + String.format("%02d:%02d", random.nextInt(24), random.nextInt(60)) + ","
                        + FIRE_TYPES[random.nextInt(FIRE_TYPES.length)] + "," + PROPERTY[random.nextInt(PROPERTY.length)]
                        + "," + point[0] + "," + point[1] + "," + borough[0] + "\n");
            }
        }
    }

    private static LocalDate day(YearMonth month, Random random) {
        return month.atDay(1 + random.nextInt(month.lengthOfMonth()));
    }

    private static LocalDate weekday(YearMonth month, Random random) {
        LocalDate day;
        do {
            day = day(month, random);
        } while (day.getDayOfWeek().getValue() > 5);
        return day;
    }

    /** Weekday afternoons after school and weekend nights are busier. */
    private static String time(LocalDate day, Random random) {
        boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
        double r = random.nextDouble();
        int hour = !weekend && r < 0.35 ? 15 + random.nextInt(4)
                : weekend && r < 0.4 ? (21 + random.nextInt(6)) % 24 : random.nextInt(24);
        return String.format("%02d:%02d", hour, random.nextInt(60));
    }

    private static int age(Random random) {
        return random.nextDouble() < 0.6 ? 13 + random.nextInt(12) : 25 + random.nextInt(45);
    }

    private static double[] point(String[] borough, Random random) {
        return new double[]{Double.parseDouble(borough[1]) + (random.nextDouble() - 0.5) * 0.04,
                Double.parseDouble(borough[2]) + (random.nextDouble() - 0.5) * 0.05};
    }

    private static String pick(String[] values, double[] weights, Random random) {
        double r = random.nextDouble() * java.util.Arrays.stream(weights).sum();
        for (int i = 0; i < values.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return values[i];
            }
        }
        return values[values.length - 1];
    }
}
