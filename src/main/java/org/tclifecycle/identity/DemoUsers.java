package org.tclifecycle.identity;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Demo profile only: officers, managers, the Board secretariat and two external system accounts bound to States, all with the README's demo password. */
@Component
@Order(3)
@Profile("demo")
class DemoUsers implements ApplicationRunner {

  private final IdentityService identityService;
  private final org.springframework.jdbc.core.JdbcTemplate jdbc;
  private final String password;

  DemoUsers(IdentityService identityService, org.springframework.jdbc.core.JdbcTemplate jdbc,
      @Value("${tc.demo.password}") String password) {
    this.identityService = identityService;
    this.jdbc = jdbc;
    this.password = password;
  }

  @Override
  public void run(ApplicationArguments args) {
    user("officer1", "Olivia", "Okafor", TcGroups.OFFICERS);
    user("officer2", "Omar", "Haddad", TcGroups.OFFICERS);
    user("manager1", "Maria", "Santos", TcGroups.MANAGERS);
    user("manager2", "Marc", "Dubois", TcGroups.MANAGERS);
    user("external1", "Partner", "System", TcGroups.EXTERNAL);
    user("external2", "Other", "Partner", TcGroups.EXTERNAL);
    user("contributor1", "Panel", "Contributor", TcGroups.CONTRIBUTORS);
    user("secretary1", "Sofia", "Lindqvist", TcGroups.BOARD_SECRETARIAT);
    user("monitor1", "Metrics", "Collector", TcGroups.MONITORING);
    bind("external1", "KE");
    bind("external1", "SN");
    bind("external2", "BR");
  }

  /** An external account acts only for the States it is bound to. */
  private void bind(String userId, String countryCode) {
    jdbc.update("insert into external_account_state (user_id, country_code) select cast(? as varchar(64)), cast(? as varchar(2)) where not exists "
        + "(select 1 from external_account_state where user_id = ? and country_code = ?)", userId, countryCode, userId, countryCode);
  }

  private void user(String id, String firstName, String lastName, String groupId) {
    if (identityService.createUserQuery().userId(id).count() > 0) {
      return;
    }
    User user = identityService.newUser(id);
    user.setFirstName(firstName);
    user.setLastName(lastName);
    user.setEmail(id + "@demo.tclifecycle.invalid");
    user.setPassword(password);
    identityService.saveUser(user);
    identityService.createMembership(id, groupId);
  }
}
