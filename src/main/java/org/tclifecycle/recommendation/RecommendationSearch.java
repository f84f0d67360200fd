package org.tclifecycle.recommendation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Finds recommendations by State, theme, SDG target or goal, words of the text and UPR position. */
@Service
@Transactional(readOnly = true)
public class RecommendationSearch {

  /** What a search may name as SDG: a target (16.3, 5.a) or a goal (16). */
  public static final String SDG_QUERY = "\\d{1,2}(\\.(\\d{1,2}|[a-z]))?";
  public static final String SDG_QUERY_MESSAGE = "{input.sdgQuery}";

  /** Every criterion is optional; words of {@code text} must all appear; {@code mechanism} is UPR, CRC, CESCR... */
  public record Criteria(String country, String theme, String sdg, String text, UprPosition position, String mechanism,
      RecommendationKind kind) {
    public Criteria(String country, String theme, String sdg, String text, UprPosition position) {
      this(country, theme, sdg, text, position, null, null);
    }
  }

  private static final String COLUMNS = "r.annotation_id, r.symbol, r.paragraph, r.body, r.kind, r.countries, r.country_codes, "
      + "r.text, r.original_text, r.themes, r.affected_persons, r.sdgs, r.sdg_goals, r.sdg_targets, r.publication_date, "
      + "r.upr_cycle, r.upr_sessions, r.upr_position, r.recommending_countries, r.recommending_regions";

  private final NamedParameterJdbcTemplate jdbc;

  RecommendationSearch(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public Page<RecommendationView> search(Criteria criteria, int page, int size) {
    MapSqlParameterSource parameters = new MapSqlParameterSource();
    String where = where(criteria, parameters);
    long total = jdbc.queryForObject("select count(*) from recommendation r" + where, parameters, Long.class);
    parameters.addValue("limit", size).addValue("offset", (long) page * size);
    List<RecommendationView> found = jdbc.query("select " + COLUMNS + " from recommendation r" + where
        + " order by r.publication_date desc nulls last, r.symbol, r.annotation_id limit :limit offset :offset",
        parameters, (row, n) -> view(row));
    return new PageImpl<>(found, PageRequest.of(page, size), total);
  }

  public List<RecommendationView> byIds(Collection<String> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return jdbc.query("select " + COLUMNS + " from recommendation r where r.annotation_id in (:ids) order by r.symbol, r.annotation_id",
        new MapSqlParameterSource("ids", ids.stream().map(id -> id.toLowerCase(Locale.ROOT)).toList()), (row, n) -> view(row));
  }

  /**
   * What a project for the State may address, in the order the officer reads it: the State's UPR recommendations
   * (Supported, then Noted), then, apart, the recommendations of treaty bodies and special procedures. Concerns and
   * observations are not offered, nor records whose type UHRI does not name outside the UPR.
   */
  public List<RecommendationView> offeredFor(String country, int max) {
    return jdbc.query("select " + COLUMNS + " from recommendation r where r.annotation_id in (select c.annotation_id from "
        + "recommendation_country c where c.country_code = :country) and (" + IS_UPR + " or r.kind = 'RECOMMENDATION') "
        + "order by case when " + IS_UPR + " then 0 else 1 end, case r.upr_position when 'SUPPORTED' then 0 when 'NOTED' then 1 "
        + "else 2 end, r.publication_date desc nulls last, r.symbol, r.paragraph, r.annotation_id limit :max",
        new MapSqlParameterSource("country", country.toUpperCase(Locale.ROOT)).addValue("max", max), (row, n) -> view(row));
  }

  private static final String IS_UPR = "upper(r.body) = 'UPR'";

  private static String where(Criteria criteria, MapSqlParameterSource parameters) {
    StringBuilder where = new StringBuilder(" where 1 = 1");
    if (present(criteria.country())) {
      where.append(" and r.annotation_id in (select c.annotation_id from recommendation_country c where c.country_code = :country)");
      parameters.addValue("country", criteria.country().toUpperCase(Locale.ROOT));
    }
    if (present(criteria.theme())) {
      where.append(" and lower(r.themes) like :theme escape '\\'");
      parameters.addValue("theme", "%" + literal(criteria.theme()) + "%");
    }
    if (present(criteria.sdg())) {
      String sdg = criteria.sdg().trim().toLowerCase(Locale.ROOT);
      if (sdg.contains(".")) {
        where.append(" and r.sdg_targets like :sdg escape '\\'");
        parameters.addValue("sdg", "%|" + literal(sdg) + "|%");
      } else {
        // a goal finds the records labelled with the goal itself and those naming one of its targets
        // (records imported before goals were kept have only their targets)
        where.append(" and (r.sdg_goals like :goal or r.sdg_targets like :goalTargets escape '\\')");
        String goal = String.valueOf(Integer.parseInt(sdg));
        parameters.addValue("goal", "%|" + goal + "|%").addValue("goalTargets", "%|" + goal + ".%");
      }
    }
    if (present(criteria.text())) {
      String[] words = Arrays.stream(criteria.text().trim().split("\\s+")).limit(10).toArray(String[]::new);
      for (int i = 0; i < words.length; i++) {
        where.append(" and lower(r.text) like :word").append(i).append(" escape '\\'");
        parameters.addValue("word" + i, "%" + literal(words[i]) + "%");
      }
    }
    if (present(criteria.mechanism())) {
      where.append(" and upper(r.body) = :mechanism");
      parameters.addValue("mechanism", criteria.mechanism().trim().toUpperCase(Locale.ROOT));
    }
    if (criteria.kind() != null) {
      where.append(" and r.kind = :kind");
      parameters.addValue("kind", criteria.kind().name());
    }
    if (criteria.position() != null) {
      where.append(" and r.upr_position = :position");
      parameters.addValue("position", criteria.position().name());
    }
    return where.toString();
  }

  private static boolean present(String value) {
    return value != null && !value.isBlank();
  }

  /** Lower case, with LIKE's wildcards taken literally. */
  private static String literal(String value) {
    return value.trim().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }

  private static RecommendationView view(ResultSet row) throws SQLException {
    String position = row.getString("upr_position");
    String kind = row.getString("kind");
    java.sql.Date published = row.getDate("publication_date");
    return new RecommendationView(row.getString("annotation_id"), row.getString("symbol"), row.getString("paragraph"),
        row.getString("body"), kind == null ? null : RecommendationKind.valueOf(kind),
        RecommendationView.list(row.getString("countries")), RecommendationView.list(row.getString("country_codes")),
        row.getString("text"), row.getString("original_text"), RecommendationView.list(row.getString("themes")),
        RecommendationView.list(row.getString("affected_persons")), RecommendationView.list(row.getString("sdgs")),
        RecommendationView.list(row.getString("sdg_goals")), RecommendationView.list(row.getString("sdg_targets")),
        published == null ? null : published.toLocalDate(), row.getString("upr_cycle"),
        RecommendationView.list(row.getString("upr_sessions")), position == null ? null : UprPosition.valueOf(position),
        RecommendationView.list(row.getString("recommending_countries")), RecommendationView.list(row.getString("recommending_regions")));
  }
}
