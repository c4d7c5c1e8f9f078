package cutover.core.synthetic;

/**
 * Names used by the generator. Each person name has a display form (with accents and punctuation, as a directory
 * would hold it) and a lower-case ASCII form for account names.
 */
final class NameTables {

    static final String[][] FIRST_NAMES = {
        {"Emma", "emma"}, {"Liam", "liam"}, {"Olivia", "olivia"}, {"Noah", "noah"}, {"José", "jose"},
        {"Zoë", "zoe"}, {"Søren", "soren"}, {"Łukasz", "lukasz"}, {"Chloé", "chloe"}, {"Jürgen", "juergen"},
        {"Siobhán", "siobhan"}, {"Ana", "ana"}, {"Wei", "wei"}, {"Priya", "priya"}, {"Hiroshi", "hiroshi"},
        {"Aisha", "aisha"}, {"Mohammed", "mohammed"}, {"Olga", "olga"}, {"Thabo", "thabo"}, {"Mateo", "mateo"},
        {"Sofia", "sofia"}, {"Lucas", "lucas"}, {"Mia", "mia"}, {"Arjun", "arjun"}, {"Yuki", "yuki"},
        {"Fatima", "fatima"}, {"Kwame", "kwame"}, {"Ingrid", "ingrid"}, {"Mei", "mei"}, {"Diego", "diego"},
        {"Hannah", "hannah"}, {"Ravi", "ravi"}, {"Camille", "camille"}, {"Anh", "anh"}, {"Elif", "elif"},
        {"Nikolai", "nikolai"}, {"Freya", "freya"}, {"Tariq", "tariq"}, {"Grace", "grace"}, {"Kenji", "kenji"},
        {"Mary-Jane", "mary-jane"}, {"Jean-Luc", "jean-luc"},
    };

    static final String[][] LAST_NAMES = {
        {"Smith", "smith"}, {"García", "garcia"}, {"Müller", "mueller"}, {"O'Brien", "obrien"},
        {"Nguyen", "nguyen"}, {"Kowalski", "kowalski"}, {"Tanaka", "tanaka"}, {"Patel", "patel"},
        {"Johansson", "johansson"}, {"Silva", "silva"}, {"Dubois", "dubois"}, {"Rossi", "rossi"}, {"Kim", "kim"},
        {"Okafor", "okafor"}, {"van der Berg", "vanderberg"}, {"Andersen", "andersen"}, {"Ivanova", "ivanova"},
        {"Chen", "chen"}, {"Williams", "williams"}, {"Brown", "brown"}, {"Schneider", "schneider"},
        {"Fernández", "fernandez"}, {"Haddad", "haddad"}, {"Singh", "singh"}, {"Suzuki", "suzuki"},
        {"Wójcik", "wojcik"}, {"MacDonald", "macdonald"}, {"Lefèvre", "lefevre"}, {"Costa", "costa"},
        {"Jensen", "jensen"}, {"Yılmaz", "yilmaz"}, {"Murphy", "murphy"}, {"Novák", "novak"}, {"Santos", "santos"},
        {"Hoffmann", "hoffmann"}, {"Dlamini", "dlamini"}, {"Zhang", "zhang"}, {"Ahmed", "ahmed"},
        {"Larsen", "larsen"}, {"Moreau", "moreau"}, {"Smith-Jones", "smith-jones"}, {"D'Angelo", "dangelo"},
    };

    static final String[] DEPARTMENTS = {
        "Sales", "Finance", "Engineering", "Marketing", "Human Resources", "Operations", "Legal", "Support", "IT",
        "Research", "Facilities", "Procurement",
    };

    static final String[] IOS_DEVICE_NAMES = {
        "iPhone", "iPhone", "iPhone", "iPhone 12", "iPhone 13", "iPhone 14 Pro", "iPhone 15", "iPhone SE", "iPad",
    };

    static final String[] ANDROID_DEVICE_NAMES = {
        "Pixel 7", "Pixel 8a", "SM-G991B", "SM-A536B", "Galaxy S23", "moto g(60)", "OnePlus 9", "Android",
        "HUAWEI P30", "Nokia G21",
    };

    /** Rare names with characters that need escaping in the export files. */
    static final String[] UNUSUAL_DEVICE_NAMES = {
        "Work | Pixel 6", "Phone; backup", "50% battery iPhone", "Zoë’s iPhone", "\"Old\" Galaxy, spare",
    };

    private NameTables() {
    }
}
