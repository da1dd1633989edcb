-- Migrated by EmbeddedDatabaseConfigurationTest: proves Flyway runs on the embedded PostgreSQL's DataSource.
CREATE TABLE embedded_db_probe (id INT PRIMARY KEY);
INSERT INTO embedded_db_probe VALUES (1);
