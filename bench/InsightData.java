import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Random;
import java.util.zip.GZIPOutputStream;

/**
 * Writes synthetic police.uk street-crime files for the Insight benchmark: MONTHS files of ROWS rows each, across
 * 33 boroughs x 150 LSOAs (about a region's worth), with the 14 police.uk crime types and points spread uniformly
 * over a box around London (0.38 degrees of latitude by 0.8 of longitude: about 22,000 resolution-9 hexagons, nearly
 * all of them busy every month, the worst case for hexagon tables). As in real data, a point lies in its borough and
 * LSOA: the box is cut into a 6 x 6 grid, borough i takes square i, and its 150 LSOAs a 15 x 10 grid inside it.
 *
 * java bench/InsightData.java OUT_DIR [MONTHS=100] [ROWS_PER_MONTH=100000] [FIRST_MONTH=2018-01] [SEED=20261122]
 */
public class InsightData {

    private static final String[] TYPES = {"Anti-social behaviour", "Bicycle theft", "Burglary",
            "Criminal damage and arson", "Drugs", "Other theft", "Possession of weapons", "Public order", "Robbery",
            "Shoplifting", "Theft from the person", "Vehicle crime", "Violence and sexual offences", "Other crime"};
    private static final String[] BOROUGHS = {"Barking and Dagenham", "Barnet", "Bexley", "Brent", "Bromley",
            "Camden", "City of London", "Croydon", "Ealing", "Enfield", "Greenwich", "Hackney",
            "Hammersmith and Fulham", "Haringey", "Harrow", "Havering", "Hillingdon", "Hounslow", "Islington",
            "Kensington and Chelsea", "Kingston upon Thames", "Lambeth", "Lewisham", "Merton", "Newham", "Redbridge",
            "Richmond upon Thames", "Southwark", "Sutton", "Tower Hamlets", "Waltham Forest", "Wandsworth",
            "Westminster"};

    public static void main(String[] args) throws Exception {
        Path out = Files.createDirectories(Path.of(args[0]));
        int months = args.length > 1 ? Integer.parseInt(args[1]) : 100;
        int rows = args.length > 2 ? Integer.parseInt(args[2]) : 100_000;
        YearMonth first = args.length > 3 ? YearMonth.parse(args[3]) : YearMonth.of(2018, 1);
        Random random = new Random(args.length > 4 ? Long.parseLong(args[4]) : 20261122);
        for (int m = 0; m < months; m++) {
            YearMonth month = first.plusMonths(m);
            Path file = out.resolve("street-" + month + ".csv.gz");
            try (BufferedWriter w = new BufferedWriter(new OutputStreamWriter(
                    new GZIPOutputStream(Files.newOutputStream(file), 1 << 16), StandardCharsets.UTF_8), 1 << 16)) {
                w.write("Crime ID,Month,Longitude,Latitude,Location,LSOA code,LSOA name,Crime type,Borough\n");
                for (int i = 0; i < rows; i++) {
                    int b = random.nextInt(BOROUGHS.length);
                    int lsoa = b * 150 + random.nextInt(150);
                    int square = lsoa % 150;
                    double lat = 51.30 + (b / 6 + (square / 15 + random.nextDouble()) / 10) * 0.38 / 6;
                    double lon = -0.50 + (b % 6 + (square % 15 + random.nextDouble()) / 15) * 0.80 / 6;
                    w.write(String.format(",%s,%.6f,%.6f,On or near Somewhere,E01%06d,%s %03dA,%s,%s%n", month, lon,
                            lat, lsoa, BOROUGHS[b], lsoa % 150, TYPES[random.nextInt(TYPES.length)], BOROUGHS[b]));
                }
            }
            System.out.println("wrote " + file);
        }
    }
}
