package org.partnership.outcomes.report;

/**
 * What one publication export gave the merged publications.
 *
 * @param kind the kind of export ({@code cris}, {@code scopus}, ...), by which enrichment ranks it
 * @param contributed distinct publications this file holds (its rows with the same DOI, or title and
 *     year, counted once)
 * @param enriched of those, the ones another file also holds to which this file gave the date,
 *     citations, FWCI or open-access status
 * @param alone of those, the ones no other file holds
 * @param datesTooCoarse distinct publications dated by this file with a year alone: counted in no
 *     quarter, nor in any period that does not hold the whole year
 */
public record PublicationSource(String file, String kind, long contributed, long enriched, long alone,
        long datesTooCoarse) {
}
