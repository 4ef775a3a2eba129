package org.sangsaeng.notifications;

/** Channels outside the app; the in-app notification centre always gets every message. */
public enum Channel {
    EMAIL,
    SMS,
    KAKAO
}
