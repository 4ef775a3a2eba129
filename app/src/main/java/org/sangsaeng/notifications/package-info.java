/**
 * Messages to people: the in-app notification centre, preferences (channels per kind, quiet hours,
 * daily digest), and a transactional outbox that sends to e-mail, SMS and KakaoTalk with retries,
 * never twice.
 */
package org.sangsaeng.notifications;
