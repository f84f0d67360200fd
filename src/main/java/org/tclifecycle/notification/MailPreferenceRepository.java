package org.tclifecycle.notification;

import org.springframework.data.jpa.repository.JpaRepository;

interface MailPreferenceRepository extends JpaRepository<MailPreference, String> {}
