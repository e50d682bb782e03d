package org.reachable.linkage.command;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.reachable.linkage.IdentifierCheck;
import org.reachable.linkage.LinkageSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The options of {@code link}, checked and turned into a column mapping and settings. */
@Command(name = "link", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Deduplicate one or more CSV files of people, or link two (--link), with a probabilistic "
                + "(Fellegi-Sunter) model learned from the files. Writes record_id,cluster_id for every record.",
                "Example (FEBRL): link --input dataset3.csv --id rec_id --given given_name --family surname "
                        + "--dob date_of_birth --dob-format yyyyMMdd --postcode postcode --address street_number "
                        + "--address address_1 --attribute suburb --attribute state --identifier SSN=soc_sec_id "
                        + "--truth-febrl --out clusters.csv"})
final class LinkOptions implements Callable<Integer> {

    static final int USAGE = 2;

    @Option(names = "--input", required = true, paramLabel = "FILE", description = "CSV file (repeat for more)")
    List<Path> inputs = new ArrayList<>();

    @Option(names = "--link", description = "link two files (never pair records of the same file)")
    boolean link;

    @Option(names = "--one-to-one", description = "with --link: each record links to at most one in the other file")
    boolean oneToOne;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "where to write record_id,cluster_id")
    Path out;

    @Option(names = "--id", required = true, paramLabel = "COLUMN", description = "record id column")
    String id;

    @Option(names = "--given", paramLabel = "COLUMN", description = "given name(s)")
    String given;

    @Option(names = "--family", paramLabel = "COLUMN", description = "family name")
    String family;

    @Option(names = "--other-names", paramLabel = "COLUMN",
            description = "previous surnames or aliases (several per cell separated by ; or |); repeatable")
    List<String> otherNames = new ArrayList<>();

    @Option(names = "--dob", paramLabel = "COLUMN", description = "date of birth")
    String dob;

    @Option(names = "--dob-format", paramLabel = "PATTERN", defaultValue = "yyyy-MM-dd",
            description = "java.time pattern of the date of birth, e.g. yyyyMMdd or dd/MM/yyyy "
                    + "(default ${DEFAULT-VALUE})")
    String dobFormat;

    @Option(names = "--sex", paramLabel = "COLUMN", description = "sex (F/M/X, female/male, 1/2)")
    String sex;

    @Option(names = "--postcode", paramLabel = "COLUMN", description = "postcode")
    String postcode;

    @Option(names = "--address", paramLabel = "COLUMN", description = "address (repeat to join columns in order)")
    List<String> address = new ArrayList<>();

    @Option(names = "--identifier", paramLabel = "SCHEME=COLUMN",
            description = "identifier column by scheme; NHS and UPN check digits are validated; repeatable")
    Map<String, String> identifiers = new LinkedHashMap<>();

    @Option(names = "--attribute", paramLabel = "COLUMN", description = "any other column to compare; repeatable")
    List<String> attributes = new ArrayList<>();

    @Option(names = "--source-column", paramLabel = "COLUMN",
            description = "column naming the agency or source (default: the file name)")
    String sourceColumn;

    @Option(names = "--truth-column", paramLabel = "COLUMN", description = "truth: column holding the true person")
    String truthColumn;

    @Option(names = "--truth-febrl", description = "truth: FEBRL ids (rec-N-org and rec-N-dup-k are person N)")
    boolean truthFebrl;

    @Option(names = "--truth-file", paramLabel = "FILE", description = "truth: CSV of record id and true person")
    Path truthFile;

    @Option(names = "--truth-id", defaultValue = "record_id", paramLabel = "COLUMN",
            description = "record id column of --truth-file (default ${DEFAULT-VALUE})")
    String truthId;

    @Option(names = "--truth-cluster", defaultValue = "cluster_id", paramLabel = "COLUMN",
            description = "true person column of --truth-file (default ${DEFAULT-VALUE})")
    String truthCluster;

    @Option(names = "--link-threshold", paramLabel = "P", description = "link automatically at or above (default "
            + LinkageSettings.DEFAULT_LINK + ")")
    double linkThreshold = LinkageSettings.DEFAULT_LINK;

    @Option(names = "--review-threshold", paramLabel = "P", description = "send to review at or above (default "
            + LinkageSettings.DEFAULT_REVIEW + ")")
    double reviewThreshold = LinkageSettings.DEFAULT_REVIEW;

    @Option(names = "--coherence", paramLabel = "P", description = "lowest probability of any pair inside a cluster "
            + "(default " + LinkageSettings.DEFAULT_COHERENCE + ")")
    double coherence = LinkageSettings.DEFAULT_COHERENCE;

    @Option(names = "--max-block", paramLabel = "N", description = "largest block compared (default "
            + LinkageSettings.DEFAULT_MAX_BLOCK + ")")
    int maxBlock = LinkageSettings.DEFAULT_MAX_BLOCK;

    @Option(names = "--no-household-check", description = "let records that could be siblings (same surname and "
            + "address) link automatically without an identifier or given name and date of birth; only for data "
            + "with no families in it, such as FEBRL")
    boolean noHouseholdCheck;

    @Option(names = "--show-model", description = "print the learned m and u probabilities and weights")
    boolean showModel;

    private final IdentifierCheck check;
    private final PrintWriter stdout;
    private final PrintWriter stderr;

    LinkOptions(IdentifierCheck check, PrintWriter stdout, PrintWriter stderr) {
        this.check = check;
        this.stdout = stdout;
        this.stderr = stderr;
    }

    @Override
    public Integer call() {
        try {
            LinkageSettings settings = settings();
            ColumnMapping mapping = mapping();
            return new LinkJob(this, mapping, settings, stdout).run();
        } catch (LinkInputException | IllegalArgumentException e) {
            stderr.println("link: " + e.getMessage());
            return USAGE;
        }
    }

    private LinkageSettings settings() {
        if (link && inputs.size() != 2) {
            throw new LinkInputException("--link needs exactly two --input files, not " + inputs.size());
        }
        if (oneToOne && !link) {
            throw new LinkInputException("--one-to-one needs --link and two --input files");
        }
        int truths = (truthColumn != null ? 1 : 0) + (truthFebrl ? 1 : 0) + (truthFile != null ? 1 : 0);
        if (truths > 1) {
            throw new LinkInputException("Give at most one of --truth-column, --truth-febrl and --truth-file");
        }
        if (given == null && family == null && dob == null && identifiers.isEmpty()) {
            throw new LinkInputException("Map at least one of --given, --family, --dob or --identifier to a column");
        }
        try {
            return LinkageSettings.defaults(check).withThresholds(linkThreshold, reviewThreshold)
                    .withClusterCoherence(Math.min(coherence, reviewThreshold)).withMaxBlockSize(maxBlock)
                    .withOneToOne(oneToOne).withHouseholdCheck(!noHouseholdCheck);
        } catch (IllegalArgumentException e) {
            throw new LinkInputException(e.getMessage());
        }
    }

    private ColumnMapping mapping() {
        DateTimeFormatter format;
        try {
            format = DateTimeFormatter.ofPattern(dobFormat.replace('y', 'u')).withResolverStyle(ResolverStyle.STRICT);
        } catch (IllegalArgumentException e) {
            throw new LinkInputException("--dob-format '" + dobFormat + "' is not a date pattern: " + e.getMessage());
        }
        return new ColumnMapping(id, given, family, otherNames, dob, format, dobFormat, sex, postcode, address,
                identifiers, attributes, sourceColumn, truthColumn);
    }
}
