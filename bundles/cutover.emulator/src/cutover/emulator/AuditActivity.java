package cutover.emulator;

/**
 * The audited activities of the emulator's writes and of the synthetic history: Entra ID's activity names with the
 * service that logs them, their category and operation type.
 */
enum AuditActivity {

    ADMIN_REGISTERED_SECURITY_INFO("Admin registered security info", Service.AUTHENTICATION_METHODS,
            "UserManagement", "Add"),
    ADMIN_UPDATED_SECURITY_INFO("Admin updated security info", Service.AUTHENTICATION_METHODS, "UserManagement",
            "Update"),
    ADMIN_DELETED_SECURITY_INFO("Admin deleted security info", Service.AUTHENTICATION_METHODS, "UserManagement",
            "Delete"),
    UPDATE_USER("Update user", Service.CORE_DIRECTORY, "UserManagement", "Update"),
    ADD_HARDWARE_OATH_TOKEN("Add hardware OATH token", Service.AUTHENTICATION_METHODS, "DeviceManagement", "Add"),
    DELETE_HARDWARE_OATH_TOKEN("Delete hardware OATH token", Service.AUTHENTICATION_METHODS, "DeviceManagement",
            "Delete"),
    CREATE_ROLLOUT_POLICY("Create feature rollout policy", Service.CORE_DIRECTORY, "Policy", "Add"),
    UPDATE_ROLLOUT_POLICY("Update feature rollout policy", Service.CORE_DIRECTORY, "Policy", "Update"),
    DELETE_ROLLOUT_POLICY("Delete feature rollout policy", Service.CORE_DIRECTORY, "Policy", "Delete"),
    ADD_ROLLOUT_MEMBER("Add member to feature rollout policy", Service.CORE_DIRECTORY, "Policy", "Add"),
    REMOVE_ROLLOUT_MEMBER("Remove member from feature rollout policy", Service.CORE_DIRECTORY, "Policy", "Delete"),
    SET_DOMAIN_FEDERATION("Set federation settings on domain", Service.CORE_DIRECTORY, "DirectoryManagement",
            "Update");

    /** The values of {@code loggedByService}. */
    static final class Service {

        static final String AUTHENTICATION_METHODS = "Authentication Methods";
        static final String CORE_DIRECTORY = "Core Directory";

        private Service() {
        }
    }

    final String displayName;
    final String service;
    final String category;
    final String operationType;

    AuditActivity(String displayName, String service, String category, String operationType) {
        this.displayName = displayName;
        this.service = service;
        this.category = category;
        this.operationType = operationType;
    }
}
