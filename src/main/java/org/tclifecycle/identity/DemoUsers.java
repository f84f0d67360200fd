package org.tclifecycle.identity;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** Demo profile only: officers, managers and an external system account, all with the README's demo password. */
@Component
@Order(3)
@Profile("demo")
class DemoUsers implements ApplicationRunner {

  private final IdentityService identityService;
  private final String password;

  DemoUsers(IdentityService identityService, @Value("${tc.demo.password}") String password) {
    this.identityService = identityService;
    this.password = password;
  }

  @Override
  public void run(ApplicationArguments args) {
    user("officer1", "Olivia", "Okafor", TcGroups.OFFICERS);
    user("officer2", "Omar", "Haddad", TcGroups.OFFICERS);
    user("manager1", "Maria", "Santos", TcGroups.MANAGERS);
    user("manager2", "Marc", "Dubois", TcGroups.MANAGERS);
    user("external1", "Partner", "System", TcGroups.EXTERNAL);
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
