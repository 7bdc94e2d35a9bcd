package dev.fluentcrm.bench;

import java.nio.file.Path;

/** The POMs and sources of the consumer projects {@link ConsumerBuild} builds. */
final class ConsumerProjects {
    /** One endpoint a site plugin adds, returning a model of its own that holds a base spec's model. */
    static final String OVERLAY = """
            openapi: 3.0.3
            info: {title: Loyalty points, version: 1.0.0}
            tags:
              - {name: Loyalty, description: Loyalty points a site plugin keeps per contact.}
            paths:
              /loyalty/{subscriber_id}/points:
                get:
                  tags: [Loyalty]
                  operationId: getLoyaltyPoints
                  summary: Get a contact's loyalty points
                  parameters:
                    - {name: subscriber_id, in: path, required: true, schema: {type: integer, format: int64}}
                  responses:
                    '200':
                      description: The points.
                      content:
                        application/json:
                          schema: {$ref: '#/components/schemas/LoyaltyPoints'}
            components:
              schemas:
                LoyaltyPoints:
                  type: object
                  properties:
                    points: {type: integer}
                    contact: {$ref: '#/components/schemas/Contact'}
            """;

    private ConsumerProjects() {}

    static String source(ConsumerBuild.Project project) {
        return switch (project) {
            case EMPTY, OURS_DEFAULT -> """
                    package com.acme.app;

                    import dev.fluentcrm.client.FluentCrmClient;

                    public final class Crm {
                        private Crm() {}

                        public static Object tags(FluentCrmClient crm) {
                            return crm.tags().list();
                        }
                    }
                    """;
            case OURS_OVERLAY -> """
                    package com.acme.app;

                    import com.acme.fluentcrm.LoyaltyApi;
                    import dev.fluentcrm.client.FluentCrmClient;

                    public final class Crm {
                        private Crm() {}

                        public static Object points(FluentCrmClient crm) {
                            return crm.extension(LoyaltyApi::new).getPoints(7L).contact();
                        }
                    }
                    """;
            case OURS_FULL -> """
                    package com.acme.app;

                    import com.acme.crm.FluentCrmClient;

                    public final class Crm {
                        private Crm() {}

                        public static Object tags(FluentCrmClient crm) {
                            return crm.tags().list();
                        }
                    }
                    """;
            case PEER -> """
                    package com.acme.app;

                    import com.acme.peer.api.TagsApi;

                    public final class Crm {
                        private Crm() {}

                        public static Class<?> tags() {
                            return TagsApi.class;
                        }
                    }
                    """;
        };
    }

    static String pom(
            ConsumerBuild.Project project, String version, String peerVersion, String jacksonVersion, Path spec) {
        String dependencies;
        String plugin;
        switch (project) {
            case EMPTY -> {
                dependencies = dependency("dev.fluentcrm", "fluentcrm-sdk", version);
                plugin = "";
            }
            case OURS_DEFAULT -> {
                dependencies = dependency("dev.fluentcrm", "fluentcrm-sdk", version);
                plugin = ours(version, "");
            }
            case OURS_OVERLAY -> {
                dependencies = dependency("dev.fluentcrm", "fluentcrm-sdk", version);
                plugin = ours(version, "<overlays><overlay>${project.basedir}/loyalty.yaml</overlay></overlays>");
            }
            case OURS_FULL -> {
                dependencies = dependency("dev.fluentcrm", "fluentcrm-runtime", version);
                plugin = ours(version, "<packageName>com.acme.crm</packageName>");
            }
            case PEER -> {
                dependencies = dependency("com.fasterxml.jackson.core", "jackson-databind", jacksonVersion)
                        + dependency("com.fasterxml.jackson.datatype", "jackson-datatype-jsr310", jacksonVersion)
                        + dependency("org.openapitools", "jackson-databind-nullable", "0.2.7")
                        + dependency("jakarta.annotation", "jakarta.annotation-api", "2.1.1")
                        + dependency("com.google.code.findbugs", "jsr305", "3.0.2");
                plugin = """
                        <plugin>
                          <groupId>org.openapitools</groupId>
                          <artifactId>openapi-generator-maven-plugin</artifactId>
                          <version>%s</version>
                          <executions>
                            <execution>
                              <goals><goal>generate</goal></goals>
                              <configuration>
                                <inputSpec>%s</inputSpec>
                                <generatorName>java</generatorName>
                                <library>native</library>
                                <apiPackage>com.acme.peer.api</apiPackage>
                                <modelPackage>com.acme.peer.model</modelPackage>
                                <invokerPackage>com.acme.peer</invokerPackage>
                                <generateApiTests>false</generateApiTests>
                                <generateModelTests>false</generateModelTests>
                                <generateApiDocumentation>false</generateApiDocumentation>
                                <generateModelDocumentation>false</generateModelDocumentation>
                                <configOptions><useJakartaEe>true</useJakartaEe></configOptions>
                              </configuration>
                            </execution>
                          </executions>
                        </plugin>
                        """.formatted(peerVersion, spec);
            }
            default -> throw new IllegalArgumentException(project.name());
        }
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>com.acme</groupId>
                  <artifactId>%s</artifactId>
                  <version>1</version>
                  <properties>
                    <maven.compiler.release>17</maven.compiler.release>
                    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
                  </properties>
                  <dependencies>
                %s  </dependencies>
                  <build>
                    <pluginManagement>
                      <plugins>
                        <plugin><artifactId>maven-compiler-plugin</artifactId><version>3.14.0</version></plugin>
                        <plugin><artifactId>maven-resources-plugin</artifactId><version>3.3.1</version></plugin>
                      </plugins>
                    </pluginManagement>
                    <plugins>
                %s    </plugins>
                  </build>
                </project>
                """.formatted(project.directory(), dependencies, plugin);
    }

    private static String ours(String version, String configuration) {
        return """
                <plugin>
                  <groupId>dev.fluentcrm</groupId>
                  <artifactId>fluentcrm-maven-plugin</artifactId>
                  <version>%s</version>
                  <executions>
                    <execution>
                      <goals><goal>generate</goal></goals>
                    </execution>
                  </executions>
                  <configuration>%s</configuration>
                </plugin>
                """.formatted(version, configuration);
    }

    private static String dependency(String group, String artifact, String version) {
        return "    <dependency><groupId>" + group + "</groupId><artifactId>" + artifact + "</artifactId><version>"
                + version + "</version></dependency>\n";
    }
}
