package org.tclifecycle;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class TcLifecycleApplication {

  public static void main(String[] args) {
    SpringApplication.run(TcLifecycleApplication.class, args);
  }
}
