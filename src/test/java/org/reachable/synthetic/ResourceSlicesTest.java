package org.reachable.synthetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.reachable.synthetic.place.Lsoa;
import org.reachable.synthetic.place.Places;
import org.reachable.synthetic.place.SchoolSite;

/**
 * The module's small data files match the public sources they were derived from (../shared/data): skipped with a
 * message when that folder is not there.
 */
class ResourceSlicesTest {

    private static final Path DATA = Path.of(System.getProperty("reachable.shared-data", "../shared/data"));

    @Test
    void theLsoasAreExactlyTheBoroughsWithCentroidsInsideItsOutline() throws IOException {
        Path geojson = DATA.resolve("geo/lsoa2011_E09000031_waltham_forest.geojson");
        assumeTrue(Files.exists(geojson), "shared data not found at " + DATA.toAbsolutePath() + ": skipped");
        String text = Files.readString(geojson);
        Matcher codes = Pattern.compile("\"LSOA11CD\": \"(E\\d{8})\", \"LSOA11NM\": \"([^\"]+)\"").matcher(text);
        Map<String, String> source = new java.util.HashMap<>();
        while (codes.find()) {
            source.put(codes.group(1), codes.group(2));
        }
        List<Lsoa> ours = Places.get().lsoas();

        assertThat(ours.stream().collect(Collectors.toMap(Lsoa::code, Lsoa::name))).isEqualTo(source);
        assertThat(ours).allMatch(l -> l.latitude() > 51.54 && l.latitude() < 51.65 && l.longitude() > -0.06
                && l.longitude() < 0.04);
    }

    @Test
    void theSecondarySchoolsAreRealSchoolsFromTheDfeList() throws IOException {
        Path csv = DATA.resolve("schools/london_secondary_schools.csv");
        assumeTrue(Files.exists(csv), "shared data not found at " + DATA.toAbsolutePath() + ": skipped");
        Set<String> source = Files.readAllLines(csv).stream().skip(1).map(l -> l.split(",")[1] + "|" + l.split(",")[0])
                .collect(Collectors.toSet());
        List<SchoolSite> ours = Places.get().secondarySchools();

        assertThat(ours).hasSize(18).allMatch(s -> source.contains(s.urn() + "|" + s.name()), "in the DfE list");
    }
}
