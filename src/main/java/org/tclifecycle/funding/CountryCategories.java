package org.tclifecycle.funding;

import java.sql.Date;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Country categories as versioned reference data: a State is in a category from a date, until a date
 * (graduation) or for good, according to a named source. The category that counts is the one in force
 * on the day of the decision.
 */
@Service
public class CountryCategories {

  public record Entry(long id, String countryCode, CountryCategory category, LocalDate effectiveFrom, LocalDate effectiveTo, String source) {}

  private final JdbcTemplate jdbc;

  CountryCategories(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Transactional(readOnly = true)
  public Set<CountryCategory> of(String countryCode, LocalDate on) {
    Set<CountryCategory> categories = EnumSet.noneOf(CountryCategory.class);
    jdbc.query("select category from country_category where country_code = ? and effective_from <= ? and (effective_to is null or effective_to > ?)",
        row -> { categories.add(CountryCategory.valueOf(row.getString(1))); }, countryCode, Date.valueOf(on), Date.valueOf(on));
    return categories;
  }

  @Transactional(readOnly = true)
  public List<Entry> all(String countryCode) {
    return jdbc.query("select id, country_code, category, effective_from, effective_to, source from country_category"
            + (countryCode == null ? "" : " where country_code = ?") + " order by country_code, category, effective_from",
        (row, n) -> new Entry(row.getLong(1), row.getString(2), CountryCategory.valueOf(row.getString(3)),
            row.getDate(4).toLocalDate(), row.getDate(5) == null ? null : row.getDate(5).toLocalDate(), row.getString(6)),
        countryCode == null ? new Object[0] : new Object[] {countryCode});
  }

  @Transactional
  public void add(String countryCode, CountryCategory category, LocalDate from, LocalDate to, String source) {
    jdbc.update("insert into country_category (country_code, category, effective_from, effective_to, source) values (?, ?, ?, ?, ?)",
        countryCode, category.name(), Date.valueOf(from), to == null ? null : Date.valueOf(to), source);
  }
}
