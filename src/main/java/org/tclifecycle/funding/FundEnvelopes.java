package org.tclifecycle.funding;

import org.tclifecycle.i18n.Messages;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tclifecycle.project.Fund;

/**
 * The funds' yearly envelopes and what is committed against them. A commitment is one conditional
 * update (committed + amount must stay within the envelope), so two approvals racing for the last money
 * cannot both succeed: the database serialises them on the envelope's row and the second finds too little.
 */
@Service
public class FundEnvelopes {

  public record Commitment(String projectKey, BigDecimal amount, String recordedBy, Instant recordedAt) {}

  public record Envelope(long id, Fund fund, int year, String currency, BigDecimal amount, BigDecimal committed,
      BigDecimal remaining, List<Commitment> commitments) {}

  /** The envelope cannot take the amount: none exists for the fund, year and currency, or too little remains. */
  public static class Refused extends RuntimeException {
    Refused(String message) {
      super(message);
    }
  }

  private final JdbcTemplate jdbc;

  FundEnvelopes(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Transactional(readOnly = true)
  public List<Envelope> all() {
    Map<Long, List<Commitment>> commitments = new LinkedHashMap<>();
    jdbc.query("select c.envelope_id, p.business_key, c.amount, c.recorded_by, c.recorded_at from fund_commitment c "
        + "join cooperation_project p on p.id = c.project_id order by c.id", row -> {
      commitments.computeIfAbsent(row.getLong(1), id -> new ArrayList<>()).add(new Commitment(row.getString(2),
          row.getBigDecimal(3), row.getString(4), row.getTimestamp(5).toInstant()));
    });
    return jdbc.query("select id, fund, budget_year, currency, amount, committed from fund_envelope order by budget_year desc, fund, currency",
        (row, n) -> new Envelope(row.getLong(1), Fund.valueOf(row.getString(2)), row.getInt(3), row.getString(4), row.getBigDecimal(5),
            row.getBigDecimal(6), row.getBigDecimal(5).subtract(row.getBigDecimal(6)), commitments.getOrDefault(row.getLong(1), List.of())));
  }

  @Transactional(readOnly = true)
  public Optional<BigDecimal> remaining(Fund fund, int year, String currency) {
    return jdbc.query("select amount - committed from fund_envelope where fund = ? and budget_year = ? and currency = ?",
        (row, n) -> row.getBigDecimal(1), fund.name(), year, currency).stream().findFirst();
  }

  @Transactional
  public long add(Fund fund, int year, String currency, BigDecimal amount, String user) {
    try {
      jdbc.update("insert into fund_envelope (fund, budget_year, currency, amount, committed, created_by, created_at) values (?, ?, ?, ?, 0, ?, ?)",
          fund.name(), year, currency, amount, user, Timestamp.from(Instant.now()));
    } catch (DuplicateKeyException e) {
      throw new Refused(Messages.text("input.funding.envelopeExists", fund, year, currency));
    }
    return jdbc.queryForObject("select id from fund_envelope where fund = ? and budget_year = ? and currency = ?", Long.class,
        fund.name(), year, currency);
  }

  /** Commits the amount in the caller's transaction; the envelope's id, or {@link Refused} saying what remains. */
  public long commit(Long projectId, Fund fund, int year, String currency, BigDecimal amount, String user) {
    Long envelope = jdbc.query("select id from fund_envelope where fund = ? and budget_year = ? and currency = ?",
        (row, n) -> row.getLong(1), fund.name(), year, currency).stream().findFirst()
        .orElseThrow(() -> new Refused(Messages.text("input.funding.noEnvelope", year, label(fund), currency)));
    int updated;
    try {
      updated = jdbc.update("update fund_envelope set committed = committed + ? where id = ? and committed + ? <= amount",
          amount, envelope, amount);
    } catch (ConcurrencyFailureException e) {
      throw new Refused(Messages.text("input.funding.concurrentCommit"));
    }
    if (updated == 0) {
      BigDecimal remaining = remaining(fund, year, currency).orElse(BigDecimal.ZERO);
      throw new Refused(Messages.text("input.funding.envelopeExceeded", year, label(fund), remaining.toPlainString(), currency));
    }
    jdbc.update("insert into fund_commitment (envelope_id, project_id, amount, recorded_by, recorded_at) values (?, ?, ?, ?, ?)",
        envelope, projectId, amount, user, Timestamp.from(Instant.now()));
    return envelope;
  }

  static String label(Fund fund) {
    return fund.name().toLowerCase().replace('_', ' ');
  }
}
