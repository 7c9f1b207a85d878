package org.partnership.outcomes.report;

/**
 * What one publication export gave the merged publications.
 *
 * @param kind the kind of export ({@code cris}, {@code scopus}, ...), by which enrichment ranks it
 * @param datesTooCoarse distinct publications dated by this file with a year alone: counted in no
 *     quarter, nor in any period that does not hold the whole year
 */
public record PublicationSource(String file, String kind, long datesTooCoarse) {
}
