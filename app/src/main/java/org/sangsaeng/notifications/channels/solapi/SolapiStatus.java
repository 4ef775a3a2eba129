package org.sangsaeng.notifications.channels.solapi;

import java.util.Map;

/**
 * SOLAPI's four-digit message status codes (its "메시지 상태 코드" page): 2000 and 3000 are on the way,
 * 4000 reached the phone, every other code is a failure with its reason.
 */
enum SolapiStatus {
    ON_THE_WAY,
    DELIVERED,
    FAILED;

    private static final Map<String, String> REASONS =
            Map.ofEntries(
                    Map.entry("1030", "잔액 부족"),
                    Map.entry("1060", "차단된 수신번호"),
                    Map.entry("1062", "발신번호 미등록"),
                    Map.entry("2230", "잔액 부족"),
                    Map.entry("3010", "수신번호 형식 오류"),
                    Map.entry("3032", "미가입자"),
                    Map.entry("3040", "전송시간 초과"),
                    Map.entry("3043", "단말기 Power off"),
                    Map.entry("3054", "SPAM"),
                    Map.entry("3101", "발신 프로필 키가 유효하지 않음"),
                    Map.entry("3102", "친구 관계가 아닌 경우"),
                    Map.entry("3103", "메시지와 템플릿 불일치"),
                    Map.entry("3104", "카카오톡 미사용자"),
                    Map.entry("3105", "미등록 템플릿"),
                    Map.entry("3106", "유효하지 않은 채널"),
                    Map.entry("3107", "72시간 이내 카카오톡 미사용자, 알림톡 차단한 사용자"),
                    Map.entry("3108", "메시지 발송 가능 시간이 아님"));

    static SolapiStatus of(String statusCode) {
        if (statusCode == null
                || statusCode.isBlank()
                || statusCode.equals("2000")
                || statusCode.equals("3000")) {
            return ON_THE_WAY;
        }
        return statusCode.equals("4000") ? DELIVERED : FAILED;
    }

    static String describe(String statusCode) {
        return REASONS.getOrDefault(statusCode, "status " + statusCode);
    }
}
