import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Writes a csv-police file for the import benchmark: RECORDS events about RECORDS/4 children, each child with a valid
 * NHS number and four events, so three in four records are linked to a child registered earlier (in the file or
 * the borough) and one in four registers a new child. One record in 500 breaks a rule and is quarantined.
 *
 * java bench/FeedsCsv.java OUT.csv RECORDS SEED
 */
public class FeedsCsv {

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        int records = Integer.parseInt(args[1]);
        long seed = Long.parseLong(args[2]);
        Random random = new Random(seed);
        String[] given = {"Amara", "Jayden", "Mia", "Kai", "Zara", "Leon", "Aisha", "Tyrese", "Ella", "Musa"};
        String[] family = {"Okafor", "Clarke", "Stone", "Begum", "Nowak", "Ahmed", "Brown", "Mensah", "Silva", "Khan"};
        String[] types = {"police.custody", "police.stop-and-search", "missing.episode", "police.arrest"};
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            w.write("reference,source_system,given_names,family_name,date_of_birth,sex,nhs_number,event_type,"
                    + "occurred_at,summary\n");
            int children = Math.max(1, records / 4);
            String[] nhs = new String[children];
            String[] dob = new String[children];
            String[] names = new String[children];
            for (int c = 0; c < children; c++) {
                nhs[c] = nhsNumber(random);
                dob[c] = java.time.LocalDate.of(2004, 1, 1).plusDays(random.nextInt(7000)).toString();
                names[c] = given[random.nextInt(given.length)] + "," + family[random.nextInt(family.length)] + seed;
            }
            for (int i = 0; i < records; i++) {
                int c = i % children;
                String type = i % 500 == 499 ? "police.not-a-type" : types[random.nextInt(types.length)];
                w.write("B" + seed + "-" + i + ",bench-" + seed + "," + names[c] + "," + dob[c] + ",U," + nhs[c] + ","
                        + type + ",2025-0" + (1 + random.nextInt(9)) + "-1" + random.nextInt(10)
                        + ",Event sent by the benchmark.\n");
            }
        }
    }

    private static String nhsNumber(Random random) {
        while (true) {
            int[] d = new int[9];
            int sum = 0;
            StringBuilder s = new StringBuilder();
            for (int i = 0; i < 9; i++) {
                d[i] = random.nextInt(10);
                sum += d[i] * (10 - i);
                s.append(d[i]);
            }
            int check = 11 - sum % 11;
            if (check == 11) {
                check = 0;
            }
            if (check != 10) {
                return s.append(check).toString();
            }
        }
    }
}
