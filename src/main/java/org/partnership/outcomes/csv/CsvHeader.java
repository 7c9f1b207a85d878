package org.partnership.outcomes.csv;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A CSV file's header row. Column names are matched ignoring case, surrounding blanks and the
 * difference between spaces, hyphens and underscores, so {@code Publication ID} is
 * {@code publication_id}.
 */
public final class CsvHeader {

    /** Column names that hold personal data: never read, never copied, reported as ignored. */
    private static final Set<String> PERSONAL_DATA = Set.of("name", "first_name", "last_name", "full_name",
            "given_name", "family_name", "middle_name", "student_name", "surname", "forename", "email", "e_mail",
            "email_address", "date_of_birth", "dob", "birth_date", "phone", "phone_number", "telephone", "mobile",
            "address", "home_address", "postcode", "post_code", "zip", "passport", "passport_number",
            "nationality", "gender", "sex",
            // the same, as some exporters write them run together
            "firstname", "lastname", "fullname", "givenname", "familyname", "middlename", "studentname",
            "emailaddress", "dateofbirth", "birthdate", "phonenumber", "homeaddress");

    private final List<String> names;
    private final Map<String, Integer> positions = new HashMap<>();

    private CsvHeader(List<String> names) {
        this.names = List.copyOf(names);
        for (int i = 0; i < names.size(); i++) {
            positions.putIfAbsent(names.get(i), i);
        }
    }

    /** Builds a header from raw names; the caller has checked that the names are distinct. */
    static CsvHeader of(List<String> rawNames) {
        List<String> names = new ArrayList<>();
        rawNames.forEach(raw -> names.add(normalise(raw)));
        return new CsvHeader(names);
    }

    /** A header of names already in canonical form (an import format's mapping gave them). */
    public static CsvHeader named(List<String> names) {
        return new CsvHeader(names);
    }

    /** The canonical form of a column name: {@code " Publication-ID "} becomes {@code publication_id}. */
    public static String normalise(String raw) {
        return raw.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_-]+", "_");
    }

    public int size() {
        return names.size();
    }

    public List<String> names() {
        return names;
    }

    public Optional<Integer> position(String column) {
        return Optional.ofNullable(positions.get(column));
    }

    /** The first of {@code columnsRead} that appears twice, if any: such a header is ambiguous. */
    Optional<String> repeatedName(Set<String> columnsRead) {
        return names.stream().filter(columnsRead::contains)
                .filter(n -> names.indexOf(n) != names.lastIndexOf(n)).findFirst();
    }

    public List<String> missing(List<String> required) {
        return required.stream().filter(c -> !positions.containsKey(c)).toList();
    }

    /** Columns whose names say they hold personal data, in file order. */
    public List<String> personalDataColumns() {
        return names.stream().filter(CsvHeader::isPersonalData).toList();
    }

    static boolean isPersonalData(String column) {
        return PERSONAL_DATA.contains(column) || column.endsWith("_email") || column.endsWith("_phone")
                || column.endsWith("_address") || column.endsWith("_postcode");
    }
}
