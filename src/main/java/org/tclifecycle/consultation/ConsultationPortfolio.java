package org.tclifecycle.consultation;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Inclusion across the portfolio (§8, §16): whose voice each project heard, and how many people took part. */
@Service
@Transactional(readOnly = true)
class ConsultationPortfolio {

  record Participation(long actorsHeard, long women, long men, long other) {}

  record Figures(long projectsConsulted, long projectsWithCivilSocietyAndNhriAtEveryStage, double shareWithCivilSocietyAndNhriAtEveryStage,
      Map<ActorType, Participation> byActorType, Participation total) {}

  private final ConsultationRoundRepository rounds;
  private final ConsultationInvitationRepository invitations;

  ConsultationPortfolio(ConsultationRoundRepository rounds, ConsultationInvitationRepository invitations) {
    this.rounds = rounds;
    this.invitations = invitations;
  }

  Figures figures() {
    Map<Long, Boolean> everyStageHeardBoth = new HashMap<>();
    Set<ActorType> both = EnumSet.of(ActorType.CIVIL_SOCIETY, ActorType.NHRI);
    for (ConsultationRound round : rounds.findAll()) {
      boolean heard = round.getActorTypes().containsAll(both);
      everyStageHeardBoth.merge(round.getProjectId(), heard, Boolean::logicalAnd);
    }
    long inclusive = everyStageHeardBoth.values().stream().filter(Boolean::booleanValue).count();
    Map<ActorType, long[]> sums = new EnumMap<>(ActorType.class);
    long[] total = new long[4];
    List<ConsultationInvitation> heard = invitations.findByResponse(InvitationResponse.RESPONDED);
    for (ConsultationInvitation input : heard) {
      long[] sum = sums.computeIfAbsent(input.getActor().getType(), type -> new long[4]);
      for (long[] s : List.of(sum, total)) {
        s[0]++;
        s[1] += input.getParticipantsWomen();
        s[2] += input.getParticipantsMen();
        s[3] += input.getParticipantsOther();
      }
    }
    Map<ActorType, Participation> byType = new EnumMap<>(ActorType.class);
    sums.forEach((type, s) -> byType.put(type, new Participation(s[0], s[1], s[2], s[3])));
    long consulted = everyStageHeardBoth.size();
    return new Figures(consulted, inclusive, consulted == 0 ? 0 : Math.round(1000.0 * inclusive / consulted) / 1000.0, byType,
        new Participation(total[0], total[1], total[2], total[3]));
  }
}
