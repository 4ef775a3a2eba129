package org.sangsaeng.shared;

import java.time.ZoneId;

/** Where our merchants are: every day and time a person sees or types is in this zone. */
public final class MarketTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Seoul");

    private MarketTime() {}
}
