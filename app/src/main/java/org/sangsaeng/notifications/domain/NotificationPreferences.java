package org.sangsaeng.notifications.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface NotificationPreferences extends JpaRepository<NotificationPreference, Long> {

    interface ChannelChoice {
        String getKind();

        String getChannel();
    }

    @Query(
            nativeQuery = true,
            value = "SELECT kind, channel FROM notification_channel_choice WHERE user_id = :userId")
    List<ChannelChoice> channelChoices(@Param("userId") long userId);

    @Modifying
    @Query(
            nativeQuery = true,
            value = "DELETE FROM notification_channel_choice WHERE user_id = :userId")
    void clearChannelChoices(@Param("userId") long userId);

    @Modifying
    @Query(
            nativeQuery = true,
            value =
                    "INSERT INTO notification_channel_choice (user_id, kind, channel) VALUES (:userId, :kind, :channel)")
    void addChannelChoice(
            @Param("userId") long userId,
            @Param("kind") String kind,
            @Param("channel") String channel);
}
