package org.tclifecycle.operations;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.IdGenerator;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

/**
 * The engine's ids: a number written in base 36 ({@code 2s}, {@code 1dzk}; six characters up to some two billion ids)
 * instead of the starter's 36-character UUIDs, which made close to half the bytes of a project's history. The number
 * comes from blocks of {@value #BLOCK_SIZE}: block b of the sequence {@code engine_id_block} (changelog 026) holds
 * b × {@value #BLOCK_SIZE} to b × {@value #BLOCK_SIZE} + {@value #BLOCK_SIZE} − 1, so nodes sharing one database
 * never hand out the same id and a restarted node goes on after every block taken before it. The UUIDs of a database
 * already in use cannot be met again: they hold hyphens.
 *
 * <p>A block is read on the connection the thread already has (Spring binds it to the engine's transaction), not in a
 * transaction of its own as Camunda's DbIdGenerator does: a sequence takes no lock and is not rolled back, so nothing
 * needs a second connection, and a pool whose every connection is held by a thread that wants ids cannot stall. No
 * thread waits for another one's read either: each thread that finds the block used up reads a block itself.
 *
 * <p>The Spring Boot starter gives the engine the application's {@link IdGenerator} bean (it makes none of its own
 * when there is one): chosen by {@code camunda.bpm.id-generator: sequence} in application.yaml, where the starter's own
 * values ({@code strong}, {@code prefixed}, {@code simple}) still choose its generators.
 */
@Component
@ConditionalOnProperty(prefix = "camunda.bpm", name = "id-generator", havingValue = "sequence")
public class SequenceIdGenerator implements IdGenerator {

  /** Never lowered: smaller blocks would overlap the ones taken before. */
  static final long BLOCK_SIZE = 100;

  private final DataSource dataSource;
  private final String nextBlock;
  private long next;
  private long end;

  SequenceIdGenerator(DataSource dataSource, DatabaseKind database) {
    this.dataSource = dataSource;
    this.nextBlock = database.isPostgres() ? "select nextval('engine_id_block')" : "select next value for engine_id_block";
  }

  @Override
  public String getNextId() {
    synchronized (this) {
      if (next < end) {
        return text(next++);
      }
    }
    long first = nextBlock() * BLOCK_SIZE;
    synchronized (this) {
      // a thread that read a block at the same moment loses the rest of its own: gaps are harmless
      next = first + 1;
      end = first + BLOCK_SIZE;
    }
    return text(first);
  }

  /**
   * Base 36, starting with a digit: Camunda's authorization checks match a grant's resource id against ids and
   * process or decision keys alike ({@code AUTH.RESOURCE_ID_ IN (RES.ID_, D.KEY_, '*')}), and a key, an XML name,
   * never starts with a digit, so a grant on a definition can never reach a task or instance that bears its key as id.
   * A base-36 number has no leading zero: the "0" put before one that starts with a letter keeps ids distinct.
   */
  static String text(long id) {
    String digits = Long.toString(id, Character.MAX_RADIX);
    return Character.isDigit(digits.charAt(0)) ? digits : "0" + digits;
  }

  private long nextBlock() {
    Connection connection = DataSourceUtils.getConnection(dataSource);
    try (Statement statement = connection.createStatement(); ResultSet block = statement.executeQuery(nextBlock)) {
      block.next();
      return block.getLong(1);
    } catch (SQLException e) {
      throw new ProcessEngineException("No block of ids from the sequence engine_id_block: " + e.getMessage(), e);
    } finally {
      DataSourceUtils.releaseConnection(connection, dataSource);
    }
  }
}
