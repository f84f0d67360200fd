package org.tclifecycle.input;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;

/**
 * A list of problems that keeps the first {@link #LIMIT} and only counts the others: a refusal stays small
 * (and the memory that collects it too), however many problems a hostile or broken input holds.
 */
public final class FirstProblems<E> extends AbstractList<E> {

  public static final int LIMIT = 100;

  private final List<E> kept = new ArrayList<>();
  private int total;

  @Override
  public boolean add(E problem) {
    total++;
    if (kept.size() < LIMIT) {
      kept.add(problem);
    }
    return true;
  }

  @Override
  public E get(int index) {
    return kept.get(index);
  }

  @Override
  public int size() {
    return kept.size();
  }

  /** How many problems were added, kept or not. */
  public int total() {
    return total;
  }

  /** The first {@link #LIMIT} of the problems found, standing for all {@code total} of them (at least those given). */
  public static <E> FirstProblems<E> of(List<E> problems, int total) {
    FirstProblems<E> first = new FirstProblems<>();
    problems.forEach(first::add);
    first.total = Math.max(total, first.total);
    return first;
  }

  /** The number of problems a list stands for: its total when it is a FirstProblems, else its size. */
  public static int total(List<?> problems) {
    return problems instanceof FirstProblems<?> first ? first.total() : problems.size();
  }

  /** The first {@link #LIMIT} of any list of problems. */
  public static <E> List<E> first(List<E> problems) {
    return problems.size() <= LIMIT ? problems : problems.subList(0, LIMIT);
  }
}
