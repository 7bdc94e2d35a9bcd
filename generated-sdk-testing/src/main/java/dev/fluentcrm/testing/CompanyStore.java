package dev.fluentcrm.testing;

import dev.fluentcrm.client.model.Company;
import dev.fluentcrm.client.model.CompanyInput;
import dev.fluentcrm.client.model.CreateCompanyRequest;
import dev.fluentcrm.client.model.CreateCompanyResponse;
import dev.fluentcrm.client.model.GetCompanyParams;
import dev.fluentcrm.client.model.GetCompanyResponse;
import dev.fluentcrm.client.model.ListCompaniesParams;
import dev.fluentcrm.client.model.Message;
import dev.fluentcrm.client.model.UpdateCompanyResponse;
import dev.fluentcrm.client.server.CompaniesService;
import dev.fluentcrm.runtime.page.Page;
import dev.fluentcrm.server.error.ApiError;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Companies in memory, answering as FluentCampaign Pro's CompanyController does. */
final class CompanyStore implements CompaniesService {
    private final Map<Long, Company> companies = new TreeMap<>();
    private long nextId = 1;

    @Override
    public synchronized Page<Company> list(ListCompaniesParams params) {
        List<Company> matching = companies.values().stream()
                .filter(c -> Paging.matches(params.search(), c.name(), c.email(), c.website()))
                .sorted(Comparator.comparing(Company::id).reversed())
                .toList();
        return Paging.page(matching, params.page(), params.perPage());
    }

    @Override
    public synchronized CreateCompanyResponse create(CreateCompanyRequest body) {
        if (companies.values().stream().anyMatch(c -> c.name().equalsIgnoreCase(body.name()))) {
            throw ApiError.validation(Map.of("name", Map.of("unique", "The name has already been taken.")));
        }
        LocalDateTime now = LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS);
        Company company = Company.builder()
                .id(nextId++)
                .name(body.name())
                .ownerId(body.ownerId())
                .industry(body.industry())
                .type(body.type())
                .email(body.email())
                .phone(body.phone())
                .city(body.city())
                .country(body.country())
                .website(body.website())
                .description(body.description())
                .employeesNumber(body.employeesNumber())
                .createdAt(now)
                .updatedAt(now)
                .contactsCount(0L)
                .build();
        companies.put(company.id(), company);
        return CreateCompanyResponse.builder()
                .message("Company has been created")
                .company(company)
                .build();
    }

    @Override
    public synchronized GetCompanyResponse get(Long id, GetCompanyParams params) {
        return GetCompanyResponse.builder().company(existing(id)).build();
    }

    @Override
    public synchronized UpdateCompanyResponse update(Long id, CompanyInput body) {
        Company old = existing(id);
        Company company = old.toBuilder()
                .name(body.name() == null ? old.name() : body.name())
                .industry(body.industry() == null ? old.industry() : body.industry())
                .email(body.email() == null ? old.email() : body.email())
                .phone(body.phone() == null ? old.phone() : body.phone())
                .website(body.website() == null ? old.website() : body.website())
                .description(body.description() == null ? old.description() : body.description())
                .updatedAt(LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS))
                .build();
        companies.put(id, company);
        return UpdateCompanyResponse.builder()
                .message("Company has been updated")
                .company(company)
                .build();
    }

    @Override
    public synchronized Message delete(Long id) {
        existing(id);
        companies.remove(id);
        return Message.builder().message("Company has been deleted").build();
    }

    private Company existing(Long id) {
        Company company = companies.get(id);
        if (company == null) {
            throw ApiError.message(404, "No query results for model [FluentCrm\\App\\Models\\Company] " + id);
        }
        return company;
    }
}
